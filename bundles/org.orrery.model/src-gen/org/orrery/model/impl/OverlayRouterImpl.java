/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.orrery.model.OrreryPackage;
import org.orrery.model.OverlayRouter;
import org.orrery.model.Subnet;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Overlay Router</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.impl.OverlayRouterImpl#getSubnets <em>Subnets</em>}</li>
 *   <li>{@link org.orrery.model.impl.OverlayRouterImpl#getPublicAddress <em>Public Address</em>}</li>
 *   <li>{@link org.orrery.model.impl.OverlayRouterImpl#getMessageDelayMs <em>Message Delay Ms</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OverlayRouterImpl extends OverlayNodeImpl implements OverlayRouter {
	/**
	 * The cached value of the '{@link #getSubnets() <em>Subnets</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubnets()
	 * @generated
	 * @ordered
	 */
	protected EList<Subnet> subnets;

	/**
	 * The default value of the '{@link #getPublicAddress() <em>Public Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLIC_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublicAddress() <em>Public Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicAddress()
	 * @generated
	 * @ordered
	 */
	protected String publicAddress = PUBLIC_ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessageDelayMs() <em>Message Delay Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessageDelayMs()
	 * @generated
	 * @ordered
	 */
	protected static final double MESSAGE_DELAY_MS_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getMessageDelayMs() <em>Message Delay Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessageDelayMs()
	 * @generated
	 * @ordered
	 */
	protected double messageDelayMs = MESSAGE_DELAY_MS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OverlayRouterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrreryPackage.Literals.OVERLAY_ROUTER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Subnet> getSubnets() {
		if (subnets == null) {
			subnets = new EObjectResolvingEList<Subnet>(Subnet.class, this, OrreryPackage.OVERLAY_ROUTER__SUBNETS);
		}
		return subnets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublicAddress() {
		return publicAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublicAddress(String newPublicAddress) {
		String oldPublicAddress = publicAddress;
		publicAddress = newPublicAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.OVERLAY_ROUTER__PUBLIC_ADDRESS, oldPublicAddress, publicAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMessageDelayMs() {
		return messageDelayMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessageDelayMs(double newMessageDelayMs) {
		double oldMessageDelayMs = messageDelayMs;
		messageDelayMs = newMessageDelayMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.OVERLAY_ROUTER__MESSAGE_DELAY_MS, oldMessageDelayMs, messageDelayMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrreryPackage.OVERLAY_ROUTER__SUBNETS:
				return getSubnets();
			case OrreryPackage.OVERLAY_ROUTER__PUBLIC_ADDRESS:
				return getPublicAddress();
			case OrreryPackage.OVERLAY_ROUTER__MESSAGE_DELAY_MS:
				return getMessageDelayMs();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OrreryPackage.OVERLAY_ROUTER__SUBNETS:
				getSubnets().clear();
				getSubnets().addAll((Collection<? extends Subnet>)newValue);
				return;
			case OrreryPackage.OVERLAY_ROUTER__PUBLIC_ADDRESS:
				setPublicAddress((String)newValue);
				return;
			case OrreryPackage.OVERLAY_ROUTER__MESSAGE_DELAY_MS:
				setMessageDelayMs((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case OrreryPackage.OVERLAY_ROUTER__SUBNETS:
				getSubnets().clear();
				return;
			case OrreryPackage.OVERLAY_ROUTER__PUBLIC_ADDRESS:
				setPublicAddress(PUBLIC_ADDRESS_EDEFAULT);
				return;
			case OrreryPackage.OVERLAY_ROUTER__MESSAGE_DELAY_MS:
				setMessageDelayMs(MESSAGE_DELAY_MS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case OrreryPackage.OVERLAY_ROUTER__SUBNETS:
				return subnets != null && !subnets.isEmpty();
			case OrreryPackage.OVERLAY_ROUTER__PUBLIC_ADDRESS:
				return PUBLIC_ADDRESS_EDEFAULT == null ? publicAddress != null : !PUBLIC_ADDRESS_EDEFAULT.equals(publicAddress);
			case OrreryPackage.OVERLAY_ROUTER__MESSAGE_DELAY_MS:
				return messageDelayMs != MESSAGE_DELAY_MS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (publicAddress: ");
		result.append(publicAddress);
		result.append(", messageDelayMs: ");
		result.append(messageDelayMs);
		result.append(')');
		return result.toString();
	}

} //OverlayRouterImpl
